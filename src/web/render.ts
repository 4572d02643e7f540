/** Server rendering of the editor's TSX pages into complete HTML documents. */
import { createElement, type FunctionComponent } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { FastifyReply } from 'fastify';

/** Renders `Component` with `props` and sends it as an HTML page that is never cached. */
export function sendPage<P extends object>(reply: FastifyReply, Component: FunctionComponent<P>, props: P, status = 200): FastifyReply {
  const html = `<!doctype html>${renderToStaticMarkup(createElement(Component, props))}`;
  return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
}

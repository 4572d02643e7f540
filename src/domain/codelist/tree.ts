/** Builds the parent → children tree of a classification given as a flat, ordered list. */
export type TreeNode<T> = T & { children: TreeNode<T>[] };

export function buildTree<T extends { code: string; parentCode: string | null }>(items: readonly T[]): TreeNode<T>[] {
  const nodes = new Map<string, TreeNode<T>>();
  for (const item of items) nodes.set(item.code, { ...item, children: [] });
  const roots: TreeNode<T>[] = [];
  for (const item of items) {
    const node = nodes.get(item.code)!;
    const parent = item.parentCode ? nodes.get(item.parentCode) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

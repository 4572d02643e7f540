/** A plain landing page until the editor arrives: what this is and where the API lives. */
export function homePage(): string {
  return `<!doctype html>
<html lang="fi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kuvaa – palvelutietovaranto</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#212121}a{color:#2a6ebb}</style>
</head>
<body>
<main>
<h1>Kuvaa</h1>
<p>Kuvaa kerran, hyödynnä rajattomasti. Avoin palvelutietovaranto: organisaatiot kuvaavat palvelunsa ja asiointikanavansa kerran, ja kaikki voivat käyttää tietoja avointen rajapintojen kautta.</p>
<p lang="sv">Beskriv en gång, använd överallt. En öppen servicekatalog.</p>
<p lang="en">Describe once, use everywhere. An open service catalogue.</p>
<ul>
<li><a href="/sign-in">Kirjaudu sisään: sisällöntuottajien työkalu (Logga in / Sign in)</a></li>
<li><a href="/api/docs">Rajapintadokumentaatio (API docs)</a></li>
<li><a href="/api/v1/code-lists">Koodistot (code lists)</a></li>
<li><a href="/health">Tila (health)</a></li>
</ul>
</main>
</body>
</html>
`;
}

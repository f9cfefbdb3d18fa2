// Adds a placeholder div after the bundle has run, as a page builder might.
setTimeout(() => {
  const div = document.createElement('div');
  div.dataset.lym = 'org-directory';
  div.dataset.src = '/dist/sample-feed.json';
  div.id = 'later';
  div.dataset.onmouseover = "window.ran = 'mouseover'";
  div.innerHTML = '<p>Fallback: later</p>';
  document.body.append(div);
}, 300);

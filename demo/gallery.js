// The gallery pages show every sample twice: the dark column is a copy of the light one, made
// before the elements upgrade. Ids in the light column start with "l-"; their copies, and the
// attributes that refer to them, start with "d-".
const light = document.getElementById('light');
const dark = document.getElementById('dark');
if (light && dark) {
  for (const node of light.children) dark.append(node.cloneNode(true));
  dark.querySelector('h2').textContent = 'Dark';
  for (const element of dark.querySelectorAll('[id], [for], [data-grow], [href^="#l-"]')) {
    for (const name of ['id', 'for', 'data-grow', 'href']) {
      const value = element.getAttribute(name);
      if (value && /^#?l-/.test(value)) element.setAttribute(name, value.replace(/^(#?)l-/, '$1d-'));
    }
  }
}

// Single-key shortcuts: j/k next/previous, 1/2/3 toggle a type, / focus the input, ? help.
// They stay out of the way while the user types in a field or holds a modifier.

function typingIn(target) {
  if (!target || !(target instanceof Element)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

export function installKeyboard(actions) {
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (typingIn(event.target)) return;
    if (document.querySelector('dialog[open]')) return;
    const action = {
      j: actions.next, k: actions.previous,
      1: () => actions.toggle('company'), 2: () => actions.toggle('amount'), 3: () => actions.toggle('claim'),
      '/': actions.focusInput, '?': actions.help,
    }[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });
}

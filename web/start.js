// Starts the page: loads the wasm app whose hashed file names trunk writes on this
// script's tag (Trunk.toml `pattern_script`), so index.html needs no inline script and its
// Content-Security-Policy can forbid them. Then registers the service worker (sw.js) that
// keeps the page working offline, and offers a newer build once one has been installed.

const tag = document.querySelector('script[data-wasm]');
const { default: init } = await import(tag.dataset.js);
await init({ module_or_path: tag.dataset.wasm });

let offered = false;

/** Shows a bar with `message`, once; its button, `label`, does `act`. */
function offer(message, label, act) {
  if (offered) return;
  offered = true;
  const bar = document.createElement('div');
  bar.className = 'update';
  bar.setAttribute('role', 'status');
  const text = document.createElement('span');
  text.textContent = message;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button';
  button.textContent = label;
  button.addEventListener('click', act);
  bar.append(text, button);
  document.body.append(bar);
}

if ('serviceWorker' in navigator) {
  const workers = navigator.serviceWorker;
  let updating = false;
  // A first visit's worker claims the page too; only a later change is a new build.
  let controlled = Boolean(workers.controller);

  /** Offers the waiting `worker`, a newer build; accepted, it takes over. */
  const offerUpdate = (worker) =>
    offer('An update of readout is ready.', 'Update and reload', () => {
      updating = true;
      worker.postMessage('activate');
    });
  const watch = (worker) =>
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' && workers.controller) offerUpdate(worker);
    });

  // The new build took over: reload this page to get it whole. A page that did not ask
  // (another tab) keeps what it shows until the person reloads it.
  workers.addEventListener('controllerchange', () => {
    if (updating) location.reload();
    else if (controlled) offer('readout was updated in another tab.', 'Reload', () => location.reload());
    controlled = true;
  });

  try {
    const registration = await workers.register('./sw.js', { scope: './' });
    // A first install (no controller yet) takes over at once; only a newer build waits.
    if (registration.waiting && workers.controller) offerUpdate(registration.waiting);
    if (registration.installing) watch(registration.installing);
    registration.addEventListener('updatefound', () => watch(registration.installing));
  } catch (e) {
    console.warn(`readout will not work offline here: ${e.message}`);
  }
}

// Work in small slices, so no single task blocks the host page for long.

/** A new task, so the browser can paint and handle input between two slices of work. */
export function nextTask() {
  return new Promise((resolve) => {
    if (globalThis.scheduler && typeof globalThis.scheduler.postTask === 'function') {
      globalThis.scheduler.postTask(resolve, { priority: 'user-visible' });
    } else {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(0);
    }
  });
}

// The wasm's bytes handed to the streaming compiler at most CHUNK at a time, one slice per task: the
// browser decodes what it receives on the main thread, and a fast connection (or the cache) delivers
// the whole module at once, which would make that one long task.
export const CHUNK = 64 * 1024;

/** `response` as a Response whose body arrives in slices of at most CHUNK bytes, one per task. */
export function paced(response, type = 'application/wasm') {
  if (!response.body || typeof ReadableStream !== 'function') return response;
  const reader = response.body.getReader();
  let pending = null;
  const stream = new ReadableStream({
    pull(controller) {
      const next = pending && pending.length ? Promise.resolve({ value: pending, done: false }) : reader.read();
      return next.then((part) => {
        if (part.done) {
          controller.close();
          return null;
        }
        const bytes = part.value;
        pending = bytes.length > CHUNK ? bytes.subarray(CHUNK) : null;
        controller.enqueue(bytes.length > CHUNK ? bytes.subarray(0, CHUNK) : bytes);
        return nextTask();
      });
    },
  });
  return new Response(stream, { headers: { 'Content-Type': type } });
}

// PNG encoding of an export, in a worker: on the page, the browser encodes a canvas only when the page is
// idle, and after an export it often waited a full second for that (Chromium's idle-task timeout) before
// encoding in 80 ms. Here the encoding begins at once. The pixels come as an ImageBitmap (moved, not copied).
self.onmessage = (event: MessageEvent<ImageBitmap>) => {
  const bitmap = event.data;
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d');
  if (!context) {
    self.postMessage(null);
    return;
  }
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  canvas.convertToBlob({ type: 'image/png' }).then(
    (blob) => self.postMessage(blob),
    () => self.postMessage(null),
  );
};

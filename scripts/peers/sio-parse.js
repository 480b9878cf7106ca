// The reference Socket.IO parser (socket.io-parser, as installed with socket.io) as a judge for wstutor's
// decoder. Each stdin line is a JSON array of what one connection receives, in order: a string is a text
// packet, {"hex":"0102"} a binary attachment. Each stdout line says what a fresh Decoder made of it:
// {"ok":true,"packets":[...]} (binary parts as {"hex":...}) or {"ok":false,"error":"..."}.
const { Decoder } = require("socket.io-parser");
const readline = require("readline");

function plain(value) {
  if (Buffer.isBuffer(value)) return { hex: value.toString("hex") };
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === "object") {
    const out = {};
    for (const k of Object.keys(value)) out[k] = plain(value[k]);
    return out;
  }
  return value;
}

readline.createInterface({ input: process.stdin }).on("line", (line) => {
  const decoder = new Decoder();
  const packets = [];
  decoder.on("decoded", (p) => packets.push({ type: p.type, nsp: p.nsp, id: p.id === undefined ? null : p.id,
    data: p.data === undefined ? null : plain(p.data) }));
  try {
    for (const item of JSON.parse(line)) {
      decoder.add(typeof item === "string" ? item : Buffer.from(item.hex, "hex"));
    }
    console.log(JSON.stringify({ ok: true, packets }));
  } catch (e) {
    console.log(JSON.stringify({ ok: false, error: e.message }));
  } finally {
    decoder.destroy();
  }
});

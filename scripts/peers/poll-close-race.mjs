// A long-polling client that sends its poll (GET) and a CLOSE (POST "1") at the same moment, as engine.io-protocol's
// and socket.io-protocol's test suites do in "forcefully closes the session", ROUNDS times over new sessions, with
// node's own fetch (undici). The poll that was sent first must be answered 200 "6" (NOOP): the close ends it.
// Prints one JSON line: {"rounds": N, "wrong": [{"status": S, "body": B}, ...]}.
//   node poll-close-race.mjs BASE_URL PATH ROUNDS      e.g. http://127.0.0.1:3000 /engine.io/ 100
const [base, path, rounds] = [process.argv[2], process.argv[3] || "/engine.io/", +(process.argv[4] || 100)];
const wrong = [];
for (let i = 0; i < rounds; i++) {
  const open = await fetch(`${base}${path}?EIO=4&transport=polling`);
  const sid = JSON.parse((await open.text()).substring(1)).sid;
  const [poll] = await Promise.all([
    fetch(`${base}${path}?EIO=4&transport=polling&sid=${sid}`),
    fetch(`${base}${path}?EIO=4&transport=polling&sid=${sid}`, { method: "post", body: "1" }),
  ]);
  const body = await poll.text();
  if (poll.status !== 200 || body !== "6") {
    wrong.push({ status: poll.status, body });
  }
}
console.log(JSON.stringify({ rounds, wrong }));

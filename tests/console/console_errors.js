// Console constructor argument validation.
const { Console } = require('console');
const EventEmitter = require('events');
const out = Object.assign(new EventEmitter(), { write() { return true; } });
const attempts = [
  () => new Console(),
  () => new Console({}),
  () => new Console({ stdout: out, stderr: 5 }),
  () => new Console({ stdout: out, colorMode: 'sometimes' }),
  () => new Console({ stdout: out, groupIndentation: 1001 }),
  () => new Console({ stdout: out, groupIndentation: -1 }),
  () => new Console({ stdout: out, groupIndentation: 1.5 }),
  () => new Console({ stdout: out, inspectOptions: 5 }),
  () => new Console({ stdout: out, inspectOptions: { colors: true }, colorMode: true }),
];
for (const attempt of attempts) {
  try {
    attempt();
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

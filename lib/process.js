// The `process` builtin module is the process object itself.

module.exports = process;

setImmediate(function later() { throw new Error('in an immediate'); });

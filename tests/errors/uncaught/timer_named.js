// Timer callbacks are named by the Timeout they run on.
setTimeout(function onTimer() { throw new RangeError('in a timer'); }, 1);

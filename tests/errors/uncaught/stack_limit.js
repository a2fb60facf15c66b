// Error.stackTraceLimit counts the frames Node shows.
Error.stackTraceLimit = 4;
function a() { b(); }
function b() { throw new Error('limited'); }
a();

setInterval(() => { throw new Error('in an interval'); }, 1);

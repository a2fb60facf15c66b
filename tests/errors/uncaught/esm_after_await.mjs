await null;
throw new Error('after top-level await');

// The `cluster` module as seen from the primary process; forking workers arrives with
// the child_process issue.

const EventEmitter = require('events');
const { stubFunction } = require('internal/not_implemented');

const cluster = new EventEmitter();
cluster.isWorker = false;
cluster.isMaster = true;
cluster.isPrimary = true;
cluster.Worker = stubFunction('cluster.Worker');
cluster.workers = {};
cluster.settings = {};
cluster.SCHED_NONE = 1;
cluster.SCHED_RR = 2;
cluster.schedulingPolicy = 2;
cluster.setupPrimary = function setupPrimary(settings) {
  cluster.settings = { ...cluster.settings, ...settings };
};
cluster.setupMaster = cluster.setupPrimary;
cluster.fork = stubFunction('cluster.fork()');
cluster.disconnect = function disconnect(cb) {
  if (typeof cb === 'function') process.nextTick(cb);
};

module.exports = cluster;

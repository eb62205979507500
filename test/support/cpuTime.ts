/**
 * Milliseconds of this process's CPU time spent running `work`: the measure for the guards against
 * super-linear code. The machines that run the tests are shared, and under load the wall clock
 * counts the neighbours' work too; CPU time does not (it does count V8's helper threads, which is
 * right: their garbage collection is work the code caused).
 */
export function cpuMillis(work: () => void): number {
  const started = process.cpuUsage();
  work();
  const spent = process.cpuUsage(started);
  return (spent.user + spent.system) / 1000;
}

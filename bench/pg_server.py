"""The throw-away PostgreSQL server of bench/pg.py: scripts/pg_cluster.sh, psql, and the server's CPU."""
import os
import subprocess

from run import TIMEOUT, ToolFailed

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PSQL = "/usr/bin/psql"


class Cluster:
    """A throw-away server: scripts/pg_cluster.sh start DIR (DIR/uri names it); stop() removes it."""

    def __init__(self, folder):
        self.folder = folder
        self.script = os.path.join(ROOT, "scripts", "pg_cluster.sh")
        p = subprocess.run(["bash", self.script, "start", folder], capture_output=True, text=True, timeout=300)
        if p.returncode == 77:
            raise ToolFailed("PostgreSQL 15 is not installed (scripts/setup.sh installs it)")
        if p.returncode != 0:
            raise ToolFailed(f"pg_cluster.sh start exited {p.returncode}: {p.stderr[-2000:]}")
        with open(os.path.join(folder, "uri"), encoding="utf-8") as f:
            self.uri = f.read().strip()
        with open(os.path.join(folder, "datadir"), encoding="utf-8") as f:
            with open(os.path.join(f.read().strip(), "postmaster.pid"), encoding="utf-8") as g:
                self.postmaster = int(g.readline())

    def server_cpu(self):
        """CPU seconds (user + system) the server has used so far: the postmaster's own, its finished
        children's (a backend's time moves into the postmaster's cutime/cstime when it ends) and its
        running children's. Read a moment after the client ends, so its backend has been reaped."""
        def fields(pid):
            with open(f"/proc/{pid}/stat", encoding="ascii") as f:
                return f.read().rsplit(")", 1)[1].split()  # [state, ppid, ..., utime at 11, stime, cutime, cstime]

        ticks = sum(int(x) for x in fields(self.postmaster)[11:15])
        for pid in os.listdir("/proc"):
            if pid.isdigit():
                try:
                    f = fields(pid)
                except OSError:
                    continue
                if int(f[1]) == self.postmaster:
                    ticks += sum(int(x) for x in f[11:15])
        return ticks / os.sysconf("SC_CLK_TCK")

    def psql(self, sql):
        """Runs SQL as the ledger's role; returns stdout (unaligned, tuples only, '|' between columns)."""
        p = subprocess.run([PSQL, "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", self.uri, "-c", sql],
                           capture_output=True, text=True, timeout=TIMEOUT)
        if p.returncode != 0:
            raise ToolFailed(f"psql {sql[:200]!r} exited {p.returncode}: {p.stderr[-2000:]}")
        return p.stdout

    def stop(self):
        subprocess.run(["bash", self.script, "stop", self.folder], timeout=120)

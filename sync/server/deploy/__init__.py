"""How the central server is deployed: N stateless app processes behind nginx, one PostgreSQL.

    render_nginx_site(ports, …)          the http-context config (upstream + server) for /etc/nginx/conf.d
    render_nginx_standalone(site, dir)   a whole nginx.conf whose pid, logs and temp files stay in dir
    start_nginx(dir, site)               nginx running that config in the foreground (tests, benchmarks, trials)
    systemd_unit()                       the `maktab-server@.service` template unit (one process per port)

The templates ship in this package (nginx-site.conf.template, maktab-server@.service);
`maktab-server nginx-config` and `maktab-server systemd-unit` print them. See docs/operations.md.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from string import Template

from sync import protocol as P

#: Passive health check: failed attempts within FAIL_TIMEOUT_S that take a process out for FAIL_TIMEOUT_S.
MAX_FAILS = 3
FAIL_TIMEOUT_S = 10


def _template(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def render_nginx_site(ports: Sequence[int], *, host: str = "127.0.0.1", listen: Sequence[str] = ("80",),
                      server_name: str = "_", tls_cert: str | None = None, tls_key: str | None = None) -> str:
    """nginx's http-context config for app processes on host:port for each port.

    `listen`: nginx listen arguments, e.g. ["80"] or ["443 ssl"] (with tls_cert/tls_key) or
    ["127.0.0.1:8080"]."""
    if not ports:
        raise ValueError("at least one app process port is needed")
    if (tls_cert is None) != (tls_key is None):
        raise ValueError("give both the TLS certificate and its key, or neither")
    servers = "\n".join(f"    server {host}:{int(port)} max_fails={MAX_FAILS} fail_timeout={FAIL_TIMEOUT_S}s;"
                        for port in ports)
    tls = "" if tls_cert is None else (f"    ssl_certificate {tls_cert};\n    ssl_certificate_key {tls_key};\n"
                                       "    ssl_protocols TLSv1.2 TLSv1.3;\n")
    max_body = P.MAX_BODY_BYTES
    return Template(_template("nginx-site.conf.template")).substitute(
        servers=servers, listen="\n".join(f"    listen {item};" for item in listen), server_name=server_name,
        tls=tls, max_body=f"{max_body // 1024}k" if max_body % 1024 == 0 else str(max_body),
        max_body_bytes=max_body, batches_path=P.BATCHES_PATH, max_fails=MAX_FAILS, fail_timeout=f"{FAIL_TIMEOUT_S}s")


def render_nginx_standalone(site: str, prefix: str | Path, *, workers: int = 1) -> str:
    """A complete nginx.conf around `site` that keeps every file nginx writes inside `prefix`,
    for nginx run by an unprivileged user or a test (`nginx -p PREFIX -c nginx.conf`)."""
    prefix = Path(prefix).resolve()
    # As root, nginx would run its workers as `nobody`, who cannot write in a private test folder.
    user = "user root;\n" if os.geteuid() == 0 else ""
    temp = "\n".join(f"    {kind}_temp_path {prefix / 'temp' / kind};"
                     for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    return (f"{user}worker_processes {workers};\npid {prefix / 'nginx.pid'};\n"
            f"error_log {prefix / 'error.log'} warn;\n"
            "events {\n    worker_connections 4096;\n}\n"
            f"http {{\n    access_log off;\n{temp}\n"
            + "\n".join("    " + line if line else "" for line in site.splitlines()) + "\n}\n")


def nginx_binary() -> str | None:
    """nginx's path (Debian installs it in /usr/sbin, often not on a user's PATH)."""
    return shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx", "/sbin/nginx") if os.access(p, os.X_OK)),
                                         None)


def start_nginx(prefix: str | Path, site: str, *, workers: int = 1) -> subprocess.Popen:
    """nginx serving `site` in the foreground, all its files under `prefix` (stop it with terminate())."""
    binary = nginx_binary()
    if binary is None:
        raise FileNotFoundError("nginx is not installed (Debian: apt-get install nginx)")
    prefix = Path(prefix).resolve()
    for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (prefix / "temp" / kind).mkdir(parents=True, exist_ok=True)
    conf = prefix / "nginx.conf"
    conf.write_text(render_nginx_standalone(site, prefix, workers=workers), encoding="utf-8")
    # -e: the error log before the config is read (the default one is /var/log/nginx, not ours).
    command = [binary, "-p", str(prefix), "-c", str(conf), "-e", str(prefix / "error.log")]
    checked = subprocess.run([*command, "-t", "-q"], capture_output=True, text=True)
    if checked.returncode != 0:
        raise RuntimeError(f"nginx refuses the configuration: {checked.stderr.strip()}")
    return subprocess.Popen([*command, "-g", "daemon off;"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def systemd_unit() -> str:
    return _template("maktab-server@.service")


__all__ = ["FAIL_TIMEOUT_S", "MAX_FAILS", "nginx_binary", "render_nginx_site", "render_nginx_standalone",
           "start_nginx", "systemd_unit"]

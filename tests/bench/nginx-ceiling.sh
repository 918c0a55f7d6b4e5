# SPDX-FileCopyrightText: 2026 OT Bridge developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Sourced by the benchmarks: nginx answering every POST under /hooks/ with a static 202, the
# ceiling for this machine and load generator (tests/bench/README.md). Needs `die`.

# Starts nginx with a temporary prefix under $1 on 127.0.0.1:$2 ($3 worker processes, default
# auto); sets nginx_pid once it listens.
nginx_start() {
    local dir=$1 port=$2 workers=${3:-auto} nginx
    nginx=$(command -v nginx || echo /usr/sbin/nginx)
    [[ -x $nginx ]] || die "nginx not found (Debian package nginx-light)"
    mkdir -p "$dir/logs"
    cat >"$dir/nginx.conf" <<CONF
worker_processes $workers;
daemon off;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $dir/body;
    proxy_temp_path $dir/proxy;
    fastcgi_temp_path $dir/fastcgi;
    uwsgi_temp_path $dir/uwsgi;
    scgi_temp_path $dir/scgi;
    server {
        listen 127.0.0.1:$port;
        default_type application/json;
        location /hooks/ {
            return 202 '{"id":"0190b7a4-7c1e-7000-8000-000000000000"}';
        }
    }
}
CONF
    "$nginx" -p "$dir" -c "$dir/nginx.conf" -e "$dir/error.log" 2>>"$dir/stderr.log" &
    nginx_pid=$!
    for _ in $(seq 100); do
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
        kill -0 "$nginx_pid" 2>/dev/null || die "nginx did not start: $(cat "$dir/error.log" "$dir/stderr.log" 2>/dev/null)"
        sleep 0.1
    done
    die "nginx did not listen on 127.0.0.1:$port within 10 s"
}

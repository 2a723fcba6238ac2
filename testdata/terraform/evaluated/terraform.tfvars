encrypt_volumes = false
create_logs_key = true

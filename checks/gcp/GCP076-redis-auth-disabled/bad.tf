resource "google_redis_instance" "cache" { # expect: GCP076
  name           = "cache"
  memory_size_gb = 1
}

resource "google_redis_instance" "sessions" {
  name           = "sessions"
  memory_size_gb = 1
  auth_enabled   = false # expect: GCP076
}

resource "google_redis_cluster" "shared" { # expect: GCP076
  name        = "shared"
  shard_count = 3
  region      = "europe-west1"
}

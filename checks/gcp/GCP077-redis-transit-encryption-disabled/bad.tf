resource "google_redis_instance" "cache" { # expect: GCP077
  name           = "cache"
  memory_size_gb = 1
  auth_enabled   = true
}

resource "google_redis_cluster" "shared" {
  name                    = "shared"
  shard_count             = 3
  region                  = "europe-west1"
  authorization_mode      = "AUTH_MODE_IAM_AUTH"
  transit_encryption_mode = "TRANSIT_ENCRYPTION_MODE_DISABLED" # expect: GCP077
}

variable "mode" {
  type = string
}

resource "google_redis_instance" "cache" {
  name                    = "cache"
  memory_size_gb          = 1
  auth_enabled            = true
  transit_encryption_mode = "SERVER_AUTHENTICATION"
}

resource "google_redis_cluster" "shared" {
  name                    = "shared"
  shard_count             = 3
  region                  = "europe-west1"
  authorization_mode      = "AUTH_MODE_IAM_AUTH"
  transit_encryption_mode = "TRANSIT_ENCRYPTION_MODE_SERVER_AUTHENTICATION"
}

# Unknown here: no finding.
resource "google_redis_instance" "from_var" {
  name                    = "queue"
  memory_size_gb          = 1
  auth_enabled            = true
  transit_encryption_mode = var.mode
}

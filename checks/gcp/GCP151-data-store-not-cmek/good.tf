variable "key" {
  type = string
}

resource "google_kms_crypto_key" "data" {
  name     = "data"
  key_ring = "projects/acme-prod/locations/europe/keyRings/data"
}

resource "google_storage_bucket" "invoices" {
  name                        = "acme-invoices"
  location                    = "EU"
  uniform_bucket_level_access = true

  encryption {
    default_kms_key_name = google_kms_crypto_key.data.id
  }
}

resource "google_pubsub_topic" "orders" {
  name         = "orders"
  kms_key_name = google_kms_crypto_key.data.id
}

resource "google_artifact_registry_repository" "images" {
  location      = "europe"
  repository_id = "images"
  format        = "DOCKER"
  kms_key_name  = google_kms_crypto_key.data.id
}

resource "google_spanner_database" "ledger" {
  instance = "ledger"
  name     = "ledger"

  encryption_config {
    kms_key_name = google_kms_crypto_key.data.id
  }
}

# Unknown here: no finding.
resource "google_pubsub_topic" "from_variable" {
  name         = "refunds"
  kms_key_name = var.key
}

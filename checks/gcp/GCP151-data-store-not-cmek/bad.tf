resource "google_storage_bucket" "invoices" { # expect: GCP151
  name                        = "acme-invoices"
  location                    = "EU"
  uniform_bucket_level_access = true
}

resource "google_pubsub_topic" "orders" { # expect: GCP151
  name = "orders"
}

resource "google_artifact_registry_repository" "images" { # expect: GCP151
  location      = "europe"
  repository_id = "images"
  format        = "DOCKER"
}

resource "google_spanner_database" "ledger" { # expect: GCP151
  instance = "ledger"
  name     = "ledger"
}

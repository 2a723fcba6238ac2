resource "google_storage_bucket" "invoices" { # expect: GCP148
  name                        = "acme-invoices"
  location                    = "EU"
  uniform_bucket_level_access = true
}

resource "google_storage_bucket" "exports" {
  name                        = "acme-exports"
  location                    = "EU"
  uniform_bucket_level_access = true

  versioning {
    enabled = false # expect: GCP148
  }
}

resource "google_storage_bucket" "default_acls" { # expect: GCP004
  name     = "acme-default-acls"
  location = "EU"
}

resource "google_storage_bucket" "explicit" {
  name                        = "acme-explicit"
  location                    = "EU"
  uniform_bucket_level_access = false # expect: GCP004
}

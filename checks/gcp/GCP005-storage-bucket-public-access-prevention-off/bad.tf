resource "google_storage_bucket" "inherited" { # expect: GCP005
  name     = "acme-inherited"
  location = "EU"
}

resource "google_storage_bucket" "explicit" {
  name                     = "acme-explicit"
  location                 = "EU"
  public_access_prevention = "inherited" # expect: GCP005
}

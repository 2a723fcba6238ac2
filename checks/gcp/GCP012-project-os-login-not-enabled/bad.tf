resource "google_compute_project_metadata" "default" { # expect: GCP012
  metadata = {
    ssh-keys = "alice:ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyOnly alice"
  }
}

resource "google_compute_project_metadata_item" "oslogin" {
  key   = "enable-oslogin"
  value = "FALSE" # expect: GCP012
}

variable "metadata" {
  type = map(string)
}

resource "google_compute_project_metadata" "default" {
  metadata = {
    enable-oslogin = "TRUE"
  }
}

# Unknown here: no finding.
resource "google_compute_project_metadata" "from_var" {
  project  = "acme-dev"
  metadata = var.metadata
}

resource "google_compute_project_metadata_item" "oslogin" {
  project = "acme-stage"
  key     = "enable-oslogin"
  value   = "TRUE"
}

# Other items are not about OS Login.
resource "google_compute_project_metadata_item" "startup" {
  project = "acme-stage"
  key     = "startup-script"
  value   = "echo hello"
}

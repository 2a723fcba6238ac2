resource "google_workbench_instance" "research" { # expect: GCP083
  name     = "research"
  location = "europe-west1-b"

  gce_setup {
    machine_type = "n1-standard-4"
  }
}

resource "google_workbench_instance" "explicit" {
  name     = "explicit"
  location = "europe-west1-b"

  gce_setup {
    machine_type      = "n1-standard-4"
    disable_public_ip = false # expect: GCP083
  }
}

# User-managed notebooks (removed in provider 8, still common).
resource "google_notebooks_instance" "legacy" { # expect: GCP083
  name         = "legacy"
  location     = "europe-west1-b"
  machine_type = "n1-standard-4"

  vm_image {
    project      = "deeplearning-platform-release"
    image_family = "tf-latest-cpu"
  }
}

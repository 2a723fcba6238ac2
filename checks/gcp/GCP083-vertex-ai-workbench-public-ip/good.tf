variable "no_public_ip" {
  type = bool
}

resource "google_workbench_instance" "private" {
  name     = "research"
  location = "europe-west1-b"

  gce_setup {
    machine_type      = "n1-standard-4"
    disable_public_ip = true
  }
}

resource "google_notebooks_instance" "private" {
  name         = "legacy"
  location     = "europe-west1-b"
  machine_type = "n1-standard-4"
  no_public_ip = true

  vm_image {
    project      = "deeplearning-platform-release"
    image_family = "tf-latest-cpu"
  }
}

# Unknown here: no finding.
resource "google_notebooks_instance" "from_var" {
  name         = "other"
  location     = "europe-west1-b"
  machine_type = "n1-standard-4"
  no_public_ip = var.no_public_ip

  vm_image {
    project      = "deeplearning-platform-release"
    image_family = "tf-latest-cpu"
  }
}

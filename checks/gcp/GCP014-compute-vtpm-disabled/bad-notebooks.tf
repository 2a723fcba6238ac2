resource "google_workbench_instance" "research" {
  name     = "research"
  location = "europe-west1-b"

  gce_setup {
    machine_type      = "n1-standard-4"
    disable_public_ip = true

    shielded_instance_config {
      enable_vtpm = false # expect: GCP014
    }
  }
}

resource "google_notebooks_instance" "legacy" {
  name         = "legacy"
  location     = "europe-west1-b"
  machine_type = "n1-standard-4"
  no_public_ip = true

  vm_image {
    project      = "deeplearning-platform-release"
    image_family = "tf-latest-cpu"
  }

  shielded_instance_config {
    enable_vtpm = false # expect: GCP014
  }
}

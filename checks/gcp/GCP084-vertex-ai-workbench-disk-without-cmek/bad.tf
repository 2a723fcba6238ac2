resource "google_workbench_instance" "research" { # expect: GCP084
  name     = "research"
  location = "europe-west1-b"

  gce_setup {
    machine_type      = "n1-standard-4"
    disable_public_ip = true
  }
}

resource "google_workbench_instance" "data_disk" {
  name     = "data-disk"
  location = "europe-west1-b"

  gce_setup {
    machine_type      = "n1-standard-4"
    disable_public_ip = true

    boot_disk {
      disk_encryption = "CMEK"
      kms_key         = "projects/p/locations/europe-west1/keyRings/wb/cryptoKeys/boot"
    }

    data_disks {
      disk_size_gb    = 500
      disk_encryption = "GMEK" # expect: GCP084
    }
  }
}

resource "google_notebooks_instance" "legacy" { # expect: GCP084
  name         = "legacy"
  location     = "europe-west1-b"
  machine_type = "n1-standard-4"
  no_public_ip = true

  vm_image {
    project      = "deeplearning-platform-release"
    image_family = "tf-latest-cpu"
  }
}

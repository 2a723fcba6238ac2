variable "encryption" {
  type = string
}

resource "google_workbench_instance" "cmek" {
  name     = "research"
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
      disk_encryption = "CMEK"
      kms_key         = "projects/p/locations/europe-west1/keyRings/wb/cryptoKeys/data"
    }
  }
}

resource "google_notebooks_instance" "cmek" {
  name            = "legacy"
  location        = "europe-west1-b"
  machine_type    = "n1-standard-4"
  no_public_ip    = true
  disk_encryption = "CMEK"
  kms_key         = "projects/p/locations/europe-west1/keyRings/wb/cryptoKeys/boot"

  vm_image {
    project      = "deeplearning-platform-release"
    image_family = "tf-latest-cpu"
  }
}

# Unknown here: no finding.
resource "google_notebooks_instance" "from_var" {
  name            = "other"
  location        = "europe-west1-b"
  machine_type    = "n1-standard-4"
  no_public_ip    = true
  disk_encryption = var.encryption

  vm_image {
    project      = "deeplearning-platform-release"
    image_family = "tf-latest-cpu"
  }
}

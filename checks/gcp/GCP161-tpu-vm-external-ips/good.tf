variable "external" {
  type = bool
}

resource "google_tpu_v2_vm" "training" {
  name            = "training"
  zone            = "europe-west4-a"
  runtime_version = "tpu-vm-tf-2.16.1-pjrt"

  network_config {
    network             = "ml"
    subnetwork          = "ml-tpu"
    enable_external_ips = false
  }
}

# Unknown here: no finding.
resource "google_tpu_v2_vm" "from_variable" {
  name            = "eval"
  zone            = "europe-west4-a"
  runtime_version = "tpu-vm-tf-2.16.1-pjrt"

  network_config {
    enable_external_ips = var.external
  }
}

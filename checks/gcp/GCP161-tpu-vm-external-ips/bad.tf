resource "google_tpu_v2_vm" "training" {
  name            = "training"
  zone            = "europe-west4-a"
  runtime_version = "tpu-vm-tf-2.16.1-pjrt"

  network_config {
    network             = "ml"
    subnetwork          = "ml-tpu"
    enable_external_ips = true # expect: GCP161
  }
}

resource "google_dataproc_cluster" "etl" {
  name   = "etl"
  region = "europe-west1"

  cluster_config {
    gce_cluster_config {
      subnetwork       = "dataproc"
      internal_ip_only = false # expect: GCP160
    }
  }
}

# Images before 2.2 default to external addresses.
resource "google_dataproc_cluster" "legacy" {
  name   = "legacy"
  region = "europe-west1"

  cluster_config {
    software_config {
      image_version = "2.1-debian11" # expect: GCP160
    }
  }
}

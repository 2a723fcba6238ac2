variable "internal_only" {
  type = bool
}

resource "google_dataproc_cluster" "etl" {
  name   = "etl"
  region = "europe-west1"

  cluster_config {
    gce_cluster_config {
      subnetwork       = "dataproc"
      internal_ip_only = true
    }
  }
}

# Not set on a current image: internal addresses only.
resource "google_dataproc_cluster" "reports" {
  name   = "reports"
  region = "europe-west1"

  cluster_config {
    software_config {
      image_version = "2.2-debian12"
    }
  }
}

# Unknown here: no finding.
resource "google_dataproc_cluster" "from_variable" {
  name   = "adhoc"
  region = "europe-west1"

  cluster_config {
    gce_cluster_config {
      internal_ip_only = var.internal_only
    }
  }
}

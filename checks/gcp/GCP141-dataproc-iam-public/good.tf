variable "member" {
  type = string
}

resource "google_dataproc_cluster_iam_member" "team" {
  project = "acme-prod"
  region  = "europe-west1"
  cluster = "etl"
  role    = "roles/dataproc.editor"
  member  = "group:data-eng@acme.example"
}

resource "google_dataproc_cluster_iam_binding" "team" {
  project = "acme-prod"
  region  = "europe-west1"
  cluster = "reports"
  role    = "roles/dataproc.editor"
  members = ["group:data-eng@acme.example"]
}

# Unknown here: no finding.
resource "google_dataproc_cluster_iam_member" "from_variable" {
  project = "acme-prod"
  region  = "europe-west1"
  cluster = "etl"
  role    = "roles/dataproc.editor"
  member  = var.member
}

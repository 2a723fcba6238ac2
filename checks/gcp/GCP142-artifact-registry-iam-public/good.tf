variable "member" {
  type = string
}

resource "google_artifact_registry_repository_iam_member" "team" {
  project    = "acme-prod"
  location   = "europe"
  repository = "images"
  role       = "roles/artifactregistry.reader"
  member     = "serviceAccount:deployer@acme-prod.iam.gserviceaccount.com"
}

resource "google_artifact_registry_repository_iam_binding" "team" {
  project    = "acme-prod"
  location   = "europe"
  repository = "charts"
  role       = "roles/artifactregistry.reader"
  members    = ["serviceAccount:deployer@acme-prod.iam.gserviceaccount.com"]
}

# Unknown here: no finding.
resource "google_artifact_registry_repository_iam_member" "from_variable" {
  project    = "acme-prod"
  location   = "europe"
  repository = "images"
  role       = "roles/artifactregistry.reader"
  member     = var.member
}

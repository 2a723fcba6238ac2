variable "condition" {
  type = string
}

resource "google_iam_workload_identity_pool_provider" "owner" {
  workload_identity_pool_id          = "ci"
  workload_identity_pool_provider_id = "github"
  attribute_condition                = "assertion.repository_owner_id == \"123456789\" && assertion.ref == \"refs/heads/main\""
  attribute_mapping = {
    "google.subject" = "assertion.sub"
  }
  oidc {
    issuer_uri = "https://token.actions.githubusercontent.com"
  }
}

resource "google_iam_workload_identity_pool_provider" "mapped" {
  workload_identity_pool_id          = "ci"
  workload_identity_pool_provider_id = "github-mapped"
  attribute_condition                = "attribute.repository == \"acme/deploy\""
  attribute_mapping = {
    "google.subject"       = "assertion.sub"
    "attribute.repository" = "assertion.repository"
  }
  oidc {
    issuer_uri = "https://token.actions.githubusercontent.com"
  }
}

# Another issuer: judged by GCP074 only.
resource "google_iam_workload_identity_pool_provider" "internal" {
  workload_identity_pool_id          = "ci"
  workload_identity_pool_provider_id = "internal"
  attribute_condition                = "assertion.env == \"prod\""
  oidc {
    issuer_uri = "https://oidc.example.com"
  }
}

# Unknown here: no finding.
resource "google_iam_workload_identity_pool_provider" "from_var" {
  workload_identity_pool_id          = "ci"
  workload_identity_pool_provider_id = "other"
  attribute_condition                = var.condition
  oidc {
    issuer_uri = "https://token.actions.githubusercontent.com"
  }
}

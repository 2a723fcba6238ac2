# Private endpoint only.
resource "aws_eks_cluster" "prod" {
  name     = "prod"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster-prod"

  vpc_config {
    subnet_ids              = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"]
    endpoint_private_access = true
    endpoint_public_access  = false
  }
}

# Public endpoint limited to known ranges.
resource "aws_eks_cluster" "staging" {
  name     = "staging"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster-staging"

  vpc_config {
    subnet_ids              = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"]
    endpoint_private_access = true
    endpoint_public_access  = true
    public_access_cidrs     = ["203.0.113.0/24", "198.51.100.17/32"]
  }
}

variable "api_allowed_cidrs" {
  type = list(string)
}

variable "public_api" {
  type = bool
}

resource "aws_eks_cluster" "shared" {
  name     = "shared"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster-shared"

  vpc_config {
    subnet_ids          = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"]
    public_access_cidrs = var.api_allowed_cidrs
  }
}

resource "aws_eks_cluster" "toggle" {
  name     = "toggle"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster-toggle"

  vpc_config {
    subnet_ids             = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"]
    endpoint_public_access = var.public_api
  }
}

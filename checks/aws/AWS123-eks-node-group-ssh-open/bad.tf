resource "aws_eks_node_group" "workers" { # expect: AWS123
  cluster_name    = "prod"
  node_group_name = "workers"
  node_role_arn   = "arn:aws:iam::111122223333:role/eks-nodes"
  subnet_ids      = ["subnet-0123456789abcdef0"]
  scaling_config {
    desired_size = 3
    max_size     = 5
    min_size     = 1
  }
  remote_access {
    ec2_ssh_key = "ops"
  }
}

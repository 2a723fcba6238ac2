resource "aws_fsx_lustre_file_system" "training" { # expect: AWS439
  storage_capacity            = 1200
  subnet_ids                  = ["subnet-0123456789abcdef0"]
  deployment_type             = "PERSISTENT_2"
  per_unit_storage_throughput = 125
}

resource "aws_fsx_windows_file_system" "shares" { # expect: AWS438
  storage_capacity    = 300
  subnet_ids          = ["subnet-0123456789abcdef0"]
  throughput_capacity = 32
  active_directory_id = "d-1234567890"
}

resource "aws_fsx_ontap_file_system" "nas" { # expect: AWS438
  storage_capacity    = 1024
  subnet_ids          = ["subnet-0123456789abcdef0"]
  deployment_type     = "SINGLE_AZ_1"
  throughput_capacity = 512
  preferred_subnet_id = "subnet-0123456789abcdef0"
}

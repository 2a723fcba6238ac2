resource "aws_sagemaker_notebook_instance" "lab" { # expect: AWS106
  name          = "lab"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker-lab"
  instance_type = "ml.t3.medium"
  root_access   = "Disabled"
}

resource "aws_sagemaker_notebook_instance" "research" {
  name                   = "research"
  role_arn               = "arn:aws:iam::111122223333:role/sagemaker-lab"
  instance_type          = "ml.t3.medium"
  root_access            = "Disabled"
  direct_internet_access = "Enabled" # expect: AWS106
}
